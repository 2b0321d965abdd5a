/**
 * One self-contained HTML file a commissioner opens from an email: inline CSS, an inline SVG chart
 * per target, no script and nothing fetched from anywhere.
 */

import type { CheckReport } from '../evaluate/result.js';
import { escapeHtml, htmlPage } from '../html-page.js';
import { groupColour, targetChart } from './chart.js';
import { describeCell, describeIds, describeRows, describeValue, findingPlace, formatCount, STATUS_SYMBOL } from './format.js';
import { describeYear, groupByCode, targetGrids, yearSummaries, type TargetGrid } from './grid.js';

const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 0 0 .3rem; }
.target { margin: 1.5rem 0 2.5rem; page-break-inside: avoid; }
.id { color: #555; font-weight: normal; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
.lead { color: #555; margin-top: 0; }
table { margin: .6rem 0; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; }
th { background: #f3f3f3; }
tr.year td { font-weight: 600; background: #fafafa; }
.met { color: #1a7f37; }
.not_met { color: #c62828; font-weight: 600; }
.no_data, .monitored { color: #666; }
.chart { max-width: 100%; height: auto; display: block; }
.chart .grid { stroke: #e4e4e4; }
.chart .baseline { stroke: #444; }
.chart .axis { font-size: 11px; fill: #444; }
.chart .axis.minor { fill: #777; }
.chart .legend { font-size: 12px; fill: #333; }
.chart .threshold { stroke: #111; stroke-width: 2; stroke-dasharray: 6 4; }
.chart .missed { stroke: #c62828; stroke-width: 2; }
.chart .cross { fill: #c62828; font-size: 12px; }
.chart .nodata { fill: #777; font-size: 12px; }
.ids { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
details { margin: .4rem 0; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: baseline; }
`;

export function formatHtml(report: CheckReport): string {
  const title = report.spec.title ?? report.spec.id;
  const grids = targetGrids(report);
  const out: string[] = [
    `<h1>Monitoring report: ${escapeHtml(title)}</h1>`,
    `<p class="lead">Specification <span class="id">${escapeHtml(report.spec.id)}</span>, version ${escapeHtml(report.spec.version)}.</p>`,
  ];

  out.push('<h2>Summary</h2>');
  const summaries = yearSummaries(report);
  if (summaries.length > 0) out.push('<ul>', ...summaries.map((s) => `<li>${escapeHtml(describeYear(s))}</li>`), '</ul>');
  out.push(...glanceTable(grids));

  out.push('<h2>Targets</h2>');
  for (const grid of grids) out.push(...targetSection(grid));

  out.push('<h2>Data problems</h2>');
  if (report.findings.length === 0) out.push('<p>No problems were found in the data.</p>');
  else {
    out.push(`<p>${formatCount(report.findings.length)} ${report.findings.length === 1 ? 'problem was' : 'problems were'} found. Each row says where it is and what to do.</p>`);
    out.push('<table><thead><tr><th>Problem</th><th>Where</th><th>What to do</th><th>Value</th><th>Targets touched</th></tr></thead><tbody>');
    for (const [code, findings] of groupByCode(report.findings)) {
      for (const f of findings) {
        out.push(
          `<tr><td class="id">${escapeHtml(code)}</td><td>${escapeHtml(findingPlace(f))}</td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(f.value ?? '')}</td><td class="id">${escapeHtml(f.targets.join(', '))}</td></tr>`,
        );
      }
    }
    out.push('</tbody></table>');
  }

  if (report.rows.length > 0) {
    out.push('<h2>Rows read</h2>', '<p>Every row read is either counted or reported as a data problem.</p>');
    out.push('<table><thead><tr><th>File</th><th>Dataset</th><th>Read</th><th>Counted</th><th>Reported</th><th>Left out</th></tr></thead><tbody>');
    for (const r of report.rows) {
      out.push(
        `<tr title="${escapeHtml(describeRows(r))}"><td>${escapeHtml(r.file)}</td><td>${escapeHtml(r.dataset)}</td><td>${formatCount(r.read)}</td><td>${formatCount(r.counted)}</td><td>${formatCount(r.reported)}</td><td>${formatCount(r.excluded)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  return htmlPage({ title: `Monitoring report: ${title}`, body: out.join('\n'), extraCss: CSS });
}

/** Targets by financial year: one line a commissioner can scan before reading the detail. */
function glanceTable(grids: TargetGrid[]): string[] {
  const years = [...new Set(grids.flatMap((g) => g.periods.filter((p) => p.kind === 'year').map((p) => p.label)))].sort();
  if (years.length === 0) return [];
  const rows = grids.map((grid) => {
    const cells = years.map((year) => {
      const parts = grid.groups
        .map((group) => ({ group, result: grid.cell(year, group) }))
        .filter((c) => c.result !== undefined)
        .map(({ group, result }) => {
          const label = group.label === 'All' ? '' : ` ${escapeHtml(group.label)}`;
          return `<span class="${result!.status}" title="${escapeHtml(describeValue(result!, grid.target.kind))}">${STATUS_SYMBOL[result!.status]}${label}</span>`;
        });
      return `<td>${parts.join('<br>')}</td>`;
    });
    return `<tr><td><a href="#${escapeHtml(grid.target.id)}">${escapeHtml(grid.target.title)}</a></td>${cells.join('')}</tr>`;
  });
  return [
    '<table class="glance"><thead><tr><th>Target</th>',
    ...years.map((y) => `<th>${escapeHtml(y)}</th>`),
    '</tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ];
}

function targetSection(grid: TargetGrid): string[] {
  const { target } = grid;
  const out = [
    `<section class="target" id="${escapeHtml(target.id)}">`,
    `<h3>${escapeHtml(target.title)} <span class="id">${escapeHtml(target.id)}</span></h3>`,
  ];
  if (target.description) out.push(`<p class="lead">${escapeHtml(target.description)}</p>`);
  out.push(targetChart(grid));
  if (grid.periods.length === 0) {
    out.push('<p>No results.</p>', '</section>');
    return out;
  }
  out.push(
    '<table><thead><tr><th>Period</th>',
    ...grid.groups.map((g, i) => `<th><span class="swatch" style="background:${groupColour(i)}"></span>${escapeHtml(g.label)}</th>`),
    '</tr></thead><tbody>',
  );
  for (const period of grid.periods) {
    const cells = grid.groups.map((group) => {
      const result = grid.cell(period.label, group);
      return result ? `<td class="${result.status}">${escapeHtml(describeCell(result, target.kind))}</td>` : '<td></td>';
    });
    out.push(`<tr${period.kind === 'year' ? ' class="year"' : ''}><td>${escapeHtml(period.label)}</td>${cells.join('')}</tr>`);
  }
  out.push('</tbody></table>');

  const failing: string[] = [];
  for (const period of grid.periods) {
    for (const group of grid.groups) {
      const result = grid.cell(period.label, group);
      if (result?.status !== 'not_met' || result.failing.count === 0) continue;
      const where = group.label === 'All' ? period.label : `${period.label} ${group.label}`;
      failing.push(`<li>${escapeHtml(where)}: <span class="ids">${escapeHtml(describeIds(result.failing.ids, result.failing.count, 20))}</span></li>`);
    }
  }
  if (failing.length > 0) out.push('<details><summary>Records that did not meet it</summary><ul>', ...failing, '</ul></details>');
  out.push('</section>');
  return out;
}
