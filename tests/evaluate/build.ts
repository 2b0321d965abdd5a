/**
 * Tiny hand-built tables for the worked cases: rows written as plain strings per field, the way a
 * CSV cell holds them. '' or a missing field is a blank cell; a value starting with '!' is a cell the
 * reader could not read (invalid). Links and child order are built as the data loader builds them.
 */

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CellState, type Column, type DataSet, type LinkIndex, type Table } from '../../src/data/table.js';
import { parseIsoDate } from '../../src/data/dates.js';
import { WorkingCalendar } from '../../src/data/calendar.js';
import { evaluate, type EvaluateOptions } from '../../src/evaluate/evaluate.js';
import type { CheckReport, TargetResult } from '../../src/evaluate/result.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

export type Rows = Record<string, Record<string, string | undefined>[]>;

export function peerSupportSpec(): ServiceSpec {
  const spec = parse(readFileSync(new URL('../../specs/peer-support-dover-folkestone.yaml', import.meta.url), 'utf8')) as ServiceSpec;
  delete spec.extends;
  return spec;
}

function buildTable(spec: ServiceSpec, dataset: string, rows: Record<string, string | undefined>[]): Table {
  const def = spec.datasets![dataset];
  const n = rows.length;
  const columns = new Map<string, Column>();
  const sourceColumns = new Map<string, { heading: string; index: number }>();
  Object.entries(def.fields).forEach(([name, field], index) => {
    sourceColumns.set(name, { heading: name, index });
    const state = new Uint8Array(n);
    const cells = rows.map((r, i) => {
      const text = r[name] ?? '';
      if (text === '') state[i] = CellState.Absent;
      else if (text.startsWith('!')) state[i] = CellState.Invalid;
      return state[i] === CellState.Ok ? text : '';
    });
    const values: string[] = field.values ?? [];
    switch (field.type) {
      case 'id':
      case 'string':
        columns.set(name, { kind: field.type, name, state, values: cells });
        break;
      case 'text':
        columns.set(name, { kind: 'text', name, state });
        break;
      case 'integer':
      case 'number':
        columns.set(name, { kind: field.type, name, state, values: Float64Array.from(cells, Number) });
        break;
      case 'boolean':
        columns.set(name, { kind: 'boolean', name, state, values: Uint8Array.from(cells, (c) => (c === 'true' ? 1 : 0)) });
        break;
      case 'date':
        columns.set(name, {
          kind: 'date',
          name,
          state,
          values: Int32Array.from(cells, (c) => (c === '' ? 0 : (parseIsoDate(c) ?? Number.NaN))),
        });
        break;
      case 'enum':
        columns.set(name, {
          kind: 'enum',
          name,
          state,
          enumValues: values,
          values: Uint16Array.from(cells, (c) => {
            if (c === '') return 0;
            const index = values.indexOf(c);
            if (index < 0) throw new Error(`test data: ${c} is not a value of ${dataset}.${name}`);
            return index;
          }),
        });
        break;
      case 'list':
        columns.set(name, {
          kind: 'list',
          name,
          state,
          enumValues: values,
          values: Uint32Array.from(cells, (c) =>
            c === '' ? 0 : c.split(';').reduce((bits, item) => bits | (1 << values.indexOf(item.trim())), 0),
          ),
        });
        break;
    }
  });
  return {
    dataset,
    length: n,
    columns,
    source: { file: `${dataset}.csv`, columns: sourceColumns },
    record: Int32Array.from({ length: n }, (_, i) => i),
    excluded: new Uint8Array(n),
  };
}

export function buildData(spec: ServiceSpec, rows: Rows): DataSet {
  const tables = new Map<string, Table>();
  for (const dataset of Object.keys(spec.datasets!)) tables.set(dataset, buildTable(spec, dataset, rows[dataset] ?? []));
  const links = new Map<string, LinkIndex>();
  for (const [child, def] of Object.entries(spec.datasets!)) {
    for (const link of Object.values(def.links ?? {})) {
      const childTable = tables.get(child)!;
      const parentTable = tables.get(link.to)!;
      const parentKey = spec.datasets![link.to].key!;
      const keys = (parentTable.columns.get(parentKey) as { values: string[] }).values;
      const rowOfKey = new Map(keys.map((k, i) => [k, i]));
      const childKeys = childTable.columns.get(link.field) as { values: string[]; state: Uint8Array };
      const parentOf = Int32Array.from({ length: childTable.length }, (_, i) =>
        childKeys.state[i] === CellState.Ok ? (rowOfKey.get(childKeys.values[i]) ?? -1) : -1,
      );
      const orderColumn = def.order_by ? (childTable.columns.get(def.order_by) as { values: Int32Array }) : undefined;
      const childStart = new Int32Array(parentTable.length + 1);
      const byParent: number[][] = Array.from({ length: parentTable.length }, () => []);
      parentOf.forEach((p, c) => p >= 0 && byParent[p].push(c));
      const childRows: number[] = [];
      byParent.forEach((children, p) => {
        children.sort((a, b) => (orderColumn ? orderColumn.values[a] - orderColumn.values[b] : 0) || a - b);
        childStart[p] = childRows.length;
        childRows.push(...children);
      });
      childStart[parentTable.length] = childRows.length;
      links.set(`${child}->${link.to}`, { child, parent: link.to, parentOf, childStart, childRows: Int32Array.from(childRows) });
    }
  }
  return { tables, links };
}

export const calendar = WorkingCalendar.forRegion('GB-ENG', [], 2020, 2024);

export function check(rows: Rows, options: Partial<EvaluateOptions> = {}, spec = peerSupportSpec()): CheckReport {
  return evaluate(spec, buildData(spec, rows), { calendar, ...options });
}

/** The one result of a target for a period and group (area, or none). */
export function resultOf(report: CheckReport, target: string, period: string, area?: string): TargetResult {
  const found = report.results.filter(
    (r) => r.target === target && r.period.label === period && (area === undefined ? true : Object.values(r.group)[0] === area),
  );
  if (found.length !== 1) throw new Error(`expected one result for ${target} ${period} ${area ?? ''}, found ${found.length}`);
  return found[0];
}

/** A referral that is eligible and complete unless told otherwise. */
export function referral(id: string, area: string, referralDate: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    referral_id: id,
    client_id: `C${id}`,
    area,
    referral_date: referralDate,
    referral_source: 'self',
    age_at_referral: '40',
    mental_health_need: 'common',
    contactable: 'true',
    ready_to_engage: 'true',
    ...extra,
  };
}

export function contact(referralId: string, date: string, outcome: 'attempted' | 'successful' = 'attempted'): Record<string, string> {
  return { referral_id: referralId, contact_date: date, outcome };
}

/** A SWEMWBS with the seven items given as a string of digits ("3333333"), '-' for an unanswered item. */
export function swemwbs(referralId: string, date: string, items: string): Record<string, string> {
  const row: Record<string, string> = { referral_id: referralId, assessment_date: date, instrument: 'SWEMWBS' };
  [...items].forEach((c, i) => (row[`item_${i + 1}`] = c === '-' ? '' : c === 'x' ? '!x' : c));
  return row;
}
