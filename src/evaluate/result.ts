/**
 * The result model of `check`: one shape that every formatter (text, md, json, html) renders
 * and that `pay` and `diff --data` read. schemas/report.schema.json describes its JSON form.
 */

export type PeriodKind = 'quarter' | 'year';

export interface Period {
  /** "2022/23 Q1" or "2022/23" */
  label: string;
  kind: PeriodKind;
  /** YYYY-MM-DD, inclusive */
  start: string;
  /** YYYY-MM-DD, inclusive */
  end: string;
  /** the financial year it belongs to, "2022/23" */
  financialYear: string;
  /** whole months of the contract inside this period: pro-rating uses it (3 for a quarter, 6 for a half year) */
  months: number;
}

export type Status = 'met' | 'not_met' | 'no_data' | 'monitored';

export interface RecordList {
  count: number;
  /** the first 20 record ids, in source order; ids only, never names or free text */
  ids: string[];
}

export interface TargetResult {
  target: string;
  period: Pick<Period, 'label' | 'start' | 'end'> & { kind: PeriodKind };
  /** e.g. { area: "Dover" }; empty when the rule has no "for each" */
  group: Record<string, string>;
  /** share targets only */
  numerator?: number;
  denominator?: number;
  /** share: numerator / denominator rounded to 4 places; count: the count; null when there is no data */
  value: number | null;
  /** share: the fraction; count: the pro-rated target for this period; null for monitored measures */
  threshold: number | null;
  status: Status;
  /** records of the population that do not meet the condition (share), none for counts */
  failing: RecordList;
  /** count targets: how many short of the pro-rated target (0 when met) */
  shortfall?: number;
  /** records whose result could not be known because a value they need is invalid (each is a finding) */
  unknown?: RecordList;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  dataset?: string;
  file?: string;
  sheet?: string;
  /** spreadsheet row: the header is row 1 */
  row?: number;
  column?: string;
  value?: string;
  /** targets whose results this problem touches */
  targets: string[];
}

export interface TargetInfo {
  id: string;
  title: string;
  kind: 'share' | 'count';
  /** the rule said in plain words */
  description: string;
  /** "specs/peer-support.yaml:120:5", where the target is defined */
  definedAt?: string;
}

export interface RowAccounting {
  dataset: string;
  file: string;
  /** rows read from the source */
  read: number;
  /** rows with no finding; read = counted + reported, always */
  counted: number;
  /** rows with at least one finding (a row with a bad value may still count where the value is not needed) */
  reported: number;
  /** rows left out entirely because of an error finding */
  excluded: number;
}

export interface CheckReport {
  spec: { id: string; version: string; title?: string };
  targets: TargetInfo[];
  periods: Period[];
  results: TargetResult[];
  findings: Finding[];
  rows: RowAccounting[];
}
