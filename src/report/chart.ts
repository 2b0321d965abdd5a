/**
 * One inline SVG bar chart per target: the value of each group in each quarter, against the
 * threshold drawn as a dashed line (a step for count targets, whose pro-rated target differs per
 * period). Plain SVG, no script, so it shows in any browser and prints.
 */

import type { TargetResult } from '../evaluate/result.js';
import { escapeHtml } from '../html-page.js';
import { describeValue, formatCount, formatPercent, STATUS_WORDS } from './format.js';
import type { GridPeriod, TargetGrid } from './grid.js';

/** Colour-blind-safe group colours (Okabe–Ito). */
const GROUP_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999'];

export function groupColour(index: number): string {
  return GROUP_COLOURS[index % GROUP_COLOURS.length];
}


const WIDTH = 680;
const HEIGHT = 260;
const MARGIN = { left: 56, right: 16, top: 36, bottom: 44 };

/** 1, 2, 2.5 or 5 × a power of ten: the step of a readable axis reaching at least `max`. */
function niceStep(max: number, ticks: number): number {
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= rough) return m * power;
  return 10 * power;
}

/** Quarters when there are any (the chart is "across the quarters"); otherwise whatever periods exist. */
export function chartPeriods(grid: TargetGrid): GridPeriod[] {
  const quarters = grid.periods.filter((p) => p.kind === 'quarter');
  return quarters.length > 0 ? quarters : grid.periods;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function targetChart(grid: TargetGrid): string {
  const { target } = grid;
  const periods = chartPeriods(grid);
  const share = target.kind === 'share';
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const title = `${target.title}: ${share ? 'share' : 'count'} per quarter${grid.groups.length > 1 ? ' for each of ' + grid.groups.map((g) => g.label).join(' and ') : ''}, against the target`;

  const cells: Array<{ period: GridPeriod; result: TargetResult | undefined; groupIndex: number }> = [];
  for (const period of periods) grid.groups.forEach((group, groupIndex) => cells.push({ period, result: grid.cell(period.label, group), groupIndex }));

  let yMax = 1;
  if (!share) {
    const peak = Math.max(1, ...cells.map((c) => Math.max(c.result?.value ?? 0, c.result?.threshold ?? 0)));
    const step = niceStep(peak, 4);
    yMax = Math.ceil((peak * 1.05) / step) * step;
  }
  const step = share ? 0.25 : niceStep(yMax, 4);
  const y = (v: number): number => round(MARGIN.top + plotHeight - (Math.min(v, yMax) / yMax) * plotHeight);
  const band = periods.length > 0 ? plotWidth / periods.length : plotWidth;
  const barWidth = (band * 0.7) / Math.max(1, grid.groups.length);

  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  );

  // Gridlines and the y axis.
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    const yy = y(v);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" class="grid"/>`,
      `<text x="${MARGIN.left - 6}" y="${yy + 4}" text-anchor="end" class="axis">${share ? formatPercent(v) : formatCount(v)}</text>`,
    );
  }

  periods.forEach((period, i) => {
    const x0 = MARGIN.left + i * band;
    const [year, quarter] = period.label.split(' ');
    parts.push(
      `<text x="${round(x0 + band / 2)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" class="axis">${escapeHtml(quarter ?? year)}</text>`,
    );
    if (quarter) parts.push(`<text x="${round(x0 + band / 2)}" y="${HEIGHT - MARGIN.bottom + 30}" text-anchor="middle" class="axis minor">${escapeHtml(year)}</text>`);
  });

  // Bars, one per group inside each period's band.
  for (const { period, result, groupIndex } of cells) {
    const i = periods.indexOf(period);
    const x = round(MARGIN.left + i * band + band * 0.15 + groupIndex * barWidth);
    const groupName = grid.groups[groupIndex].label;
    const tip = `${period.label}${grid.groups.length > 1 || groupName !== 'All' ? ` ${groupName}` : ''}: ${result ? `${describeValue(result, target.kind)}, ${STATUS_WORDS[result.status]}` : 'no result'}`;
    if (!result || result.value === null) {
      parts.push(`<text x="${round(x + barWidth / 2)}" y="${y(0) - 4}" text-anchor="middle" class="nodata"><title>${escapeHtml(tip)}</title>–</text>`);
      continue;
    }
    const top = y(result.value);
    const height = round(y(0) - top);
    const missed = result.status === 'not_met';
    parts.push(
      `<rect x="${x}" y="${top}" width="${round(barWidth - 2)}" height="${height}" fill="${groupColour(groupIndex)}"${missed ? ' class="missed"' : ''}><title>${escapeHtml(tip)}</title></rect>`,
    );
    if (missed) parts.push(`<text x="${round(x + barWidth / 2 - 1)}" y="${top - 4}" text-anchor="middle" class="cross">✖</text>`);
  }

  // The threshold, per period so a pro-rated count target shows as a step.
  periods.forEach((period, i) => {
    const thresholds = grid.groups.map((g) => grid.cell(period.label, g)?.threshold).filter((t): t is number => typeof t === 'number');
    if (thresholds.length === 0) return;
    const yy = y(thresholds[0]);
    const x0 = round(MARGIN.left + i * band + 2);
    parts.push(`<line x1="${x0}" x2="${round(x0 + band - 4)}" y1="${yy}" y2="${yy}" class="threshold"/>`);
  });

  // Legend.
  let lx = MARGIN.left;
  grid.groups.forEach((group, index) => {
    parts.push(
      `<rect x="${lx}" y="10" width="12" height="12" fill="${groupColour(index)}"/>`,
      `<text x="${lx + 16}" y="20" class="legend">${escapeHtml(group.label)}</text>`,
    );
    lx += 28 + group.label.length * 7;
  });
  parts.push(
    `<line x1="${lx}" x2="${lx + 24}" y1="16" y2="16" class="threshold"/>`,
    `<text x="${lx + 30}" y="20" class="legend">target</text>`,
    `<text x="${lx + 80}" y="20" class="legend cross">✖</text>`,
    `<text x="${lx + 94}" y="20" class="legend">not met</text>`,
  );

  parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" class="baseline"/>`, '</svg>');
  return parts.join('');
}
