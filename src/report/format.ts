/**
 * Numbers, statuses and places as every report format writes them: en-GB, percentages with at
 * most one decimal ("95.2%"), counts with thousands separators ("1,204").
 */

import { describeLocation } from '../diagnostics.js';
import type { Finding, RowAccounting, Status, TargetResult } from '../evaluate/result.js';

const percentFormats = new Map<number, Intl.NumberFormat>();
function percentFormat(decimals: number): Intl.NumberFormat {
  let format = percentFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: decimals });
    percentFormats.set(decimals, format);
  }
  return format;
}

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 0.9524 → "95.2%", 0.95 → "95%". */
export function formatPercent(fraction: number): string {
  return percentFormat(1).format(fraction);
}

/**
 * A share shown next to its threshold. Rounding must never make a value that misses its threshold
 * look equal to it (94.96% is not "95%" when the target is 95%), so more decimals are shown then.
 */
export function formatShare(value: number, threshold: number | null): string {
  if (threshold === null || value === threshold) return formatPercent(value);
  const thresholdText = formatPercent(threshold);
  for (const decimals of [1, 2]) {
    const text = percentFormat(decimals).format(value);
    if (text !== thresholdText) return text;
  }
  return percentFormat(2).format(value);
}

/** 1204 → "1,204", 8.75 → "8.75". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

export const STATUS_SYMBOL: Record<Status, string> = {
  met: '✔',
  not_met: '✖',
  no_data: '–',
  monitored: '·',
};

export const STATUS_WORDS: Record<Status, string> = {
  met: 'met',
  not_met: 'not met',
  no_data: 'no data',
  monitored: 'monitored',
};

/** The value of one result in words a person reads: "95.2% (40 of 42)" or "6 of 8.75 (2.75 short)". */
export function describeValue(result: TargetResult, kind: 'share' | 'count'): string {
  if (result.value === null) return STATUS_WORDS.no_data;
  if (kind === 'count') {
    const of = result.threshold === null ? '' : ` of ${formatCount(result.threshold)}`;
    const short = result.shortfall ? ` (${formatCount(result.shortfall)} short)` : '';
    return `${formatCount(result.value)}${of}${short}`;
  }
  const fraction =
    result.numerator !== undefined && result.denominator !== undefined
      ? ` (${formatCount(result.numerator)} of ${formatCount(result.denominator)})`
      : '';
  return `${formatShare(result.value, result.threshold)}${fraction}`;
}

/** A table cell that says the status in words as well as by symbol: "✖ 93.3% (28 of 30), not met". */
export function describeCell(result: TargetResult, kind: 'share' | 'count'): string {
  const value = describeValue(result, kind);
  if (result.value === null) return `${STATUS_SYMBOL[result.status]} ${value}`;
  return `${STATUS_SYMBOL[result.status]} ${value}, ${STATUS_WORDS[result.status]}`;
}

/** "R00017, R00031, R00040 and 12 more": the first few ids of a list that may be longer. */
export function describeIds(ids: readonly string[], count: number, shown = 5): string {
  const first = ids.slice(0, shown);
  const more = count - first.length;
  if (first.length === 0) return `${formatCount(count)} records`;
  return more > 0 ? `${first.join(', ')} and ${formatCount(more)} more` : first.join(', ');
}

/** "referrals.csv row 14, column referral_date", from a finding's already 1-based row. */
export function findingPlace(finding: Finding): string {
  if (!finding.file) return finding.dataset ?? '';
  if (finding.row === undefined) return finding.sheet ? `${finding.file}, sheet ${finding.sheet}` : finding.file;
  return describeLocation({
    kind: 'data',
    file: finding.file,
    sheet: finding.sheet,
    record: finding.row - 2,
    column: finding.column,
  });
}

/** "area Dover" style labels for a group; "all" when the rule has no "for each". */
export function groupLabel(group: Record<string, string>): string {
  const values = Object.values(group);
  return values.length === 0 ? 'All' : values.join(', ');
}

export function groupKey(group: Record<string, string>): string {
  return JSON.stringify(Object.entries(group));
}

/** "referrals.csv: 1,204 rows read = 1,190 counted + 14 reported". */
export function describeRows(rows: RowAccounting): string {
  const excluded = rows.excluded > 0 ? ` (${formatCount(rows.excluded)} of them left out of every target)` : '';
  return `${rows.file}: ${formatCount(rows.read)} rows read = ${formatCount(rows.counted)} counted + ${formatCount(rows.reported)} reported${excluded}`;
}
