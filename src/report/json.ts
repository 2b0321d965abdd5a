/**
 * The JSON report: the shape issue 3 fixes ({spec, results, findings}) followed by the rest of the
 * CheckReport. Objects are rebuilt key by key so the order is stable whatever order the evaluator
 * filled them in; schemas/report.schema.json describes the result.
 */

import type { CheckReport, Finding, Period, RecordList, RowAccounting, TargetInfo, TargetResult } from '../evaluate/result.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys in the given order, leaving out those whose value is undefined. */
function ordered(entries: Array<[string, Json | undefined]>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

function recordList(list: RecordList): Json {
  return ordered([
    ['count', list.count],
    ['ids', [...list.ids]],
  ]);
}

function result(r: TargetResult): Json {
  return ordered([
    ['target', r.target],
    [
      'period',
      ordered([
        ['label', r.period.label],
        ['start', r.period.start],
        ['end', r.period.end],
        ['kind', r.period.kind],
      ]),
    ],
    ['group', ordered(Object.entries(r.group))],
    ['numerator', r.numerator],
    ['denominator', r.denominator],
    ['value', r.value],
    ['threshold', r.threshold],
    ['status', r.status],
    ['failing', recordList(r.failing)],
    ['shortfall', r.shortfall],
    ['unknown', r.unknown ? recordList(r.unknown) : undefined],
  ]);
}

function finding(f: Finding): Json {
  return ordered([
    ['code', f.code],
    ['severity', f.severity],
    ['message', f.message],
    ['dataset', f.dataset],
    ['file', f.file],
    ['sheet', f.sheet],
    ['row', f.row],
    ['column', f.column],
    ['value', f.value],
    ['targets', [...f.targets]],
  ]);
}

function target(t: TargetInfo): Json {
  return ordered([
    ['id', t.id],
    ['title', t.title],
    ['kind', t.kind],
    ['description', t.description],
    ['definedAt', t.definedAt],
  ]);
}

function period(p: Period): Json {
  return ordered([
    ['label', p.label],
    ['kind', p.kind],
    ['start', p.start],
    ['end', p.end],
    ['financialYear', p.financialYear],
    ['months', p.months],
  ]);
}

function rows(r: RowAccounting): Json {
  return ordered([
    ['dataset', r.dataset],
    ['file', r.file],
    ['read', r.read],
    ['counted', r.counted],
    ['reported', r.reported],
    ['excluded', r.excluded],
  ]);
}

export function reportToJson(report: CheckReport): Json {
  return ordered([
    [
      'spec',
      ordered([
        ['id', report.spec.id],
        ['version', report.spec.version],
        ['title', report.spec.title],
      ]),
    ],
    ['results', report.results.map(result)],
    ['findings', report.findings.map(finding)],
    ['targets', report.targets.map(target)],
    ['periods', report.periods.map(period)],
    ['rows', report.rows.map(rows)],
  ]);
}

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(reportToJson(report), null, 2)}\n`;
}
