/**
 * The semantics of docs/ARCHITECTURE.md, one construct at a time: absent vs unknown, Kleene
 * logic, `in` and `is present`, arithmetic, and aggregates over linked records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/dsl/index.js';
import { ABSENT, CompileEnv, FALSE, PRESENT, register, TRUE, UNKNOWN, type Node } from '../../src/evaluate/compile.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { buildData, calendar, type Rows } from './build.js';
import type { DataSet } from '../../src/data/table.js';

const spec: ServiceSpec = {
  id: 'semantics',
  title: 'Semantics',
  version: '0.0.1',
  contract: { start: '2022-04-01', end: '2023-03-31' },
  datasets: {
    people: {
      key: 'id',
      fields: {
        id: { type: 'id', required: true },
        colour: { type: 'enum', values: ['red', 'green', 'blue'] },
        flag: { type: 'boolean' },
        start: { type: 'date' },
        finish: { type: 'date' },
        score: { type: 'number' },
        tags: { type: 'list', values: ['a', 'b', 'c'] },
      },
      derived: { late: { expr: 'days(start, finish) > 10' } },
    },
    visits: {
      order_by: 'visit_date',
      fields: {
        person_id: { type: 'id', required: true },
        visit_date: { type: 'date' },
        points: { type: 'number' },
        ok: { type: 'boolean' },
      },
      links: { person: { field: 'person_id', to: 'people' } },
    },
  },
};

// people rows: P0 all present, P1 all blank, P2 all unreadable
const rows: Rows = {
  people: [
    { id: 'P0', colour: 'green', flag: 'true', start: '2022-05-02', finish: '2022-05-20', score: '4', tags: 'a;c' },
    { id: 'P1' },
    { id: 'P2', colour: '!pink', flag: '!perhaps', start: '!x', finish: '!y', score: '!z', tags: '!q' },
    { id: 'P3', colour: 'red' },
  ],
  visits: [
    { person_id: 'P0', visit_date: '2022-06-10', points: '5', ok: 'true' },
    { person_id: 'P0', visit_date: '2022-06-01', points: '2', ok: 'false' },
    { person_id: 'P0', visit_date: '2022-06-20', points: '7', ok: 'true' },
    { person_id: 'P2', visit_date: '2022-06-01', points: '!bad', ok: '!bad' },
    { person_id: 'P2', visit_date: '2022-06-02', points: '3', ok: 'true' },
  ],
};

const env = new CompileEnv({ spec, data: buildData(spec, rows), calendar });

function truth(text: string, dataset = 'people'): number[] {
  const { expr } = parseExpression(text);
  const test = env.compileTest(expr!, dataset, new Set(), text);
  return [0, 1, 2, 3].map((row) => test(row));
}

/** [value, state] per row */
function values(text: string): [number | string, number][] {
  const { expr } = parseExpression(text);
  const node = env.compile(expr!, 'people', new Set());
  return [0, 1, 2, 3].map((row) => {
    const v = node.value(row);
    return [v, register.state];
  });
}

const T = TRUE;
const F = FALSE;
const U = UNKNOWN;

describe('absent and unknown', () => {
  it('comparisons: false with an absent operand, unknown with an unreadable one', () => {
    expect(truth('score > 3')).toEqual([T, F, U, F]);
    expect(truth('score != 3')).toEqual([T, F, U, F]);
    expect(truth('colour = green')).toEqual([T, F, U, F]);
  });

  it('is present / is absent: never unknown for blanks, unknown for unreadable values', () => {
    expect(truth('score is present')).toEqual([T, F, U, F]);
    expect(truth('score is absent')).toEqual([F, T, U, T]);
    expect(truth('tags is present')).toEqual([T, F, U, F]);
  });

  it('in and not in: both false for an absent value', () => {
    expect(truth('colour in [red, green]')).toEqual([T, F, U, T]);
    expect(truth('colour not in [red, green]')).toEqual([F, F, U, F]);
    expect(truth('tags in [b]')).toEqual([F, F, U, F]);
    expect(truth('tags in [b, c]')).toEqual([T, F, U, F]);
  });

  it('a boolean field: blank is false, unreadable is unknown', () => {
    expect(truth('flag')).toEqual([T, F, U, F]);
    expect(truth('not flag')).toEqual([F, T, U, T]);
  });

  it('arithmetic and days(): absent in, absent out', () => {
    expect(values('days(start, finish)')).toEqual([[18, PRESENT], [0, ABSENT], [0, UNKNOWN], [0, ABSENT]]);
    expect(values('score + 1')[0]).toEqual([5, PRESENT]);
    expect(values('score + 1')[1][1]).toBe(ABSENT);
    // 2 May 2022 (Mon, the Early May bank holiday) to Fri 20 May: 3–6, 9–13, 16–20 → 14 working days
    expect(values('working_days(start, finish)')[0]).toEqual([14, PRESENT]);
    expect(values('working_days(finish, start)')[0]).toEqual([-14, PRESENT]);
  });
});

describe('Kleene logic', () => {
  // score > 3 is [T, F, U, F]; flag is [T, F, U, F]; colour = red is [F, F, U, T]
  it('and: false wins over unknown', () => {
    expect(truth('score > 3 and colour = red')).toEqual([F, F, U, F]);
    expect(truth('flag and score is absent')).toEqual([F, F, U, F]);
    expect(truth('colour = red and score is absent')).toEqual([F, F, U, T]);
  });

  it('or: true wins over unknown', () => {
    expect(truth('score > 3 or colour = red')).toEqual([T, F, U, T]);
    expect(truth('score is present or id = "P2"')).toEqual([T, F, T, F]);
  });

  it('derived fields compute per row and keep unknown', () => {
    expect(truth('late')).toEqual([T, F, U, F]);
  });
});

describe('aggregates over linked records, in order_by order', () => {
  it('count, any, all (all is true when there are none)', () => {
    expect(values('count(visits)').map(([v, s]) => [v, s])).toEqual([[3, PRESENT], [0, PRESENT], [2, PRESENT], [0, PRESENT]]);
    // P2 has one visit that is ok and one that cannot be read: the count is unknown
    expect(values('count(visits where ok)').map(([v, s]) => (s === UNKNOWN ? 'unknown' : v))).toEqual([2, 0, 'unknown', 0]);
    expect(truth('any(visits where ok)')).toEqual([T, F, T, F]);
    expect(truth('all(visits where ok)')).toEqual([F, T, U, T]);
  });

  it('any and all settle the same whichever linked record comes first', () => {
    // P2's visits in date order: one unreadable, then one ok; a settling record after an unknown one still settles
    expect(truth('all(visits where not ok)')).toEqual([F, T, F, T]);
    expect(truth('any(visits where not ok)')).toEqual([T, F, U, F]);
  });

  it('min, max, sum; absent when there is no record', () => {
    expect(values('min(points of visits)')[0]).toEqual([2, PRESENT]);
    expect(values('max(points of visits)')[0]).toEqual([7, PRESENT]);
    expect(values('sum(points of visits)')[0]).toEqual([14, PRESENT]);
    expect(values('min(points of visits)')[1][1]).toBe(ABSENT);
    expect(values('sum(points of visits)')[1]).toEqual([0, PRESENT]);
    expect(values('max(points of visits)')[2][1]).toBe(UNKNOWN);
  });

  it('first and last by visit_date, not file order', () => {
    expect(values('first(points of visits)')[0]).toEqual([2, PRESENT]);
    expect(values('last(points of visits)')[0]).toEqual([7, PRESENT]);
    expect(values('first(points of visits where points > 4)')[0]).toEqual([5, PRESENT]);
    expect(values('last(points of visits)')[1][1]).toBe(ABSENT);
  });

  it('names inside an aggregate reach the enclosing record', () => {
    // visits on or after the person's start … all three of P0's
    expect(values('count(visits where visit_date >= start)')[0]).toEqual([3, PRESENT]);
    expect(values('count(visits where points > score)')[0]).toEqual([2, PRESENT]);
  });

  it('a link field of the child reads the parent', () => {
    const { expr } = parseExpression('person.colour = green');
    const test = env.compileTest(expr!, 'visits', new Set(), 'x');
    expect([0, 1, 2, 3, 4].map((r) => test(r))).toEqual([T, T, T, U, U]);
  });
});

describe('what a rule reads', () => {
  it('records fields through derived fields, links and aggregates, for findings to name their targets', () => {
    const reads = new Set<string>();
    env.compileTest(parseExpression('late and any(visits where person.flag)').expr!, 'people', reads, 'x');
    expect([...reads].sort()).toEqual(['people.finish', 'people.flag', 'people.late', 'people.start', 'visits.person_id']);
  });
});

/**
 * Whole-column evaluation: a node over the record in scope's own columns is worked out for every
 * row in one loop. It must give what the row-at-a-time closures give (`rowAtATime`), row for row.
 */
const scales: ServiceSpec = {
  id: 'scales',
  title: 'Scales',
  version: '0.0.1',
  contract: { start: '2022-04-01', end: '2023-03-31' },
  datasets: {
    people: {
      key: 'id',
      fields: {
        id: { type: 'id', required: true },
        start: { type: 'date' },
        flag: { type: 'boolean' },
        level: { type: 'integer', required: true },
        tags: { type: 'list', values: ['a', 'b', 'c'] },
      },
      derived: { keen: { expr: 'flag and level >= 2' } },
    },
    scales: {
      order_by: 'taken',
      fields: {
        person_id: { type: 'id', required: true },
        taken: { type: 'date' },
        instrument: { type: 'enum', values: ['SWEMWBS', 'OTHER'], required: true },
        ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`item_${i}`, { type: 'integer' as const }])),
        ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`must_${i}`, { type: 'integer' as const, required: true }])),
        answer: { type: 'enum', values: ['very_good', 'good', 'neither', 'poor', 'dont_know'] },
        seen: { type: 'boolean' },
        tags: { type: 'list', values: ['a', 'b', 'c'] },
      },
      links: { person: { field: 'person_id', to: 'people' } },
      derived: {
        complete: { expr: 'instrument = SWEMWBS and swemwbs_complete(item_1, item_2, item_3, item_4, item_5, item_6, item_7)' },
        metric: { expr: 'swemwbs_metric(item_1, item_2, item_3, item_4, item_5, item_6, item_7)' },
        raw: { expr: 'swemwbs_raw(item_1, item_2, item_3, item_4, item_5, item_6, item_7)' },
        must_complete: { expr: 'swemwbs_complete(must_1, must_2, must_3, must_4, must_5, must_6, must_7)' },
      },
    },
  },
};

const ITEMS = [1, 2, 3, 4, 5, 6, 7].map((i) => `item_${i}`);
const MUSTS = [1, 2, 3, 4, 5, 6, 7].map((i) => `must_${i}`);

/** A scale row: `items` as seven characters, a digit, '-' for blank, 'x' for unreadable, 'h' for 2.5. */
function scaleRow(items: string, extra: Record<string, string> = {}): Record<string, string> {
  const cell = (c: string) => (c === '-' ? '' : c === 'x' ? '!x' : c === 'h' ? '2.5' : c);
  const row: Record<string, string> = { person_id: 'P0', instrument: 'SWEMWBS', taken: '2022-06-01', ...extra };
  [...items].forEach((c, i) => {
    row[ITEMS[i]] = cell(c);
    row[MUSTS[i]] = cell(c);
  });
  return row;
}

/** The loader holds bounded whole numbers in Int32Array: do the same where the values allow it. */
function asLoaderHolds(data: DataSet): DataSet {
  for (const table of data.tables.values()) {
    for (const column of table.columns.values()) {
      if (column.kind === 'integer' && column.values.every((v) => Number.isInteger(v))) column.values = Int32Array.from(column.values);
    }
  }
  return data;
}

function bothWays(rows: Rows): { columnar: CompileEnv; rowwise: CompileEnv } {
  const data = asLoaderHolds(buildData(scales, rows));
  return {
    columnar: new CompileEnv({ spec: scales, data, calendar }),
    rowwise: new CompileEnv({ spec: scales, data, calendar, rowAtATime: true }),
  };
}

/** [value, state] of every row of `scales`, or the test's answer. */
function everyRow(env: CompileEnv, text: string, as: 'value' | 'test'): (number | string)[][] {
  const expr = parseExpression(text).expr!;
  const n = env.table('scales').length;
  if (as === 'test') {
    const test = env.compileTest(expr, 'scales', new Set(), text);
    return Array.from({ length: n }, (_, row) => [test(row)]);
  }
  return valuesOf(env.compile(expr, 'scales', new Set()), n);
}

/**
 * [value, state] of every row: from the node's whole column when it has one, else row by row.
 * working_days(b, a) can be -0 or 0 depending on the array that holds it: no rule can tell them apart.
 */
function valuesOf(node: Node, rows: number): (number | string)[][] {
  const view = node.columnar?.();
  return Array.from({ length: rows }, (_, row) => {
    if (view) {
      const state = view.states[view.state[row]];
      const v = view.values[row];
      return [state === PRESENT ? (v === 0 ? 0 : v) : 0, state];
    }
    const v = node.value(row);
    return [register.state === PRESENT ? (v === 0 ? 0 : v) : 0, register.state];
  });
}

describe('SWEMWBS derived fields, worked by hand', () => {
  const rows: Rows = {
    people: [{ id: 'P0' }],
    scales: [
      scaleRow('3333333'), // 0: complete, raw 21, metric 19.25
      scaleRow('1234512'), // 1: complete, raw 18, metric 17.43
      scaleRow('333333-'), // 2: a blank item: not complete, no score
      scaleRow('33x3333'), // 3: an unreadable item: unknown
      scaleRow('3333336'), // 4: 6 is outside 1–5: not complete
      scaleRow('0333333'), // 5: 0 is outside 1–5: not complete
      scaleRow('333h333'), // 6: 2.5 is not a whole answer: not complete
      scaleRow('-x33333'), // 7: blank and unreadable: unknown
      scaleRow('5555555', { instrument: 'OTHER' }), // 8: complete items on another instrument: complete is false, metric 35
      scaleRow('-------'), // 9: nothing answered
    ],
  };
  const { columnar, rowwise } = bothWays(rows);

  it('complete: true only with seven answers 1–5 on a SWEMWBS; unknown when an item cannot be read', () => {
    const expected = [T, T, F, U, F, F, F, U, F, F].map((t) => [t]);
    expect(everyRow(columnar, 'complete', 'test')).toEqual(expected);
    expect(everyRow(rowwise, 'complete', 'test')).toEqual(expected);
  });

  it('raw and metric: present when complete, absent when not, unknown when an item cannot be read', () => {
    const A = [0, ABSENT];
    const Q = [0, UNKNOWN];
    const raw = [[21, PRESENT], [18, PRESENT], A, Q, A, A, A, Q, [35, PRESENT], A];
    const metric = [[19.25, PRESENT], [17.43, PRESENT], A, Q, A, A, A, Q, [35, PRESENT], A];
    expect(everyRow(columnar, 'raw', 'value')).toEqual(raw);
    expect(everyRow(rowwise, 'raw', 'value')).toEqual(raw);
    expect(everyRow(columnar, 'metric', 'value')).toEqual(metric);
    expect(everyRow(rowwise, 'metric', 'value')).toEqual(metric);
  });

  it('a blank required item is missing data (unknown), a blank optional one an unanswered item (false)', () => {
    const expected = [T, T, U, U, F, F, F, U, T, U].map((t) => [t]);
    expect(everyRow(columnar, 'must_complete', 'test')).toEqual(expected);
    expect(everyRow(rowwise, 'must_complete', 'test')).toEqual(expected);
  });

  it('the whole-column path is the one taken, and a derived field read from a linked record is not', () => {
    expect(columnar.compile(parseExpression('complete').expr!, 'scales', new Set()).columnarTest).toBeDefined();
    expect(columnar.compile(parseExpression('metric').expr!, 'scales', new Set()).columnar).toBeDefined();
    expect(rowwise.compile(parseExpression('complete').expr!, 'scales', new Set()).columnarTest).toBeUndefined();
    // read from the person through aggregates, on both paths: two complete, two that cannot be judged
    for (const env of [columnar, rowwise]) {
      const count = env.compile(parseExpression('count(scales where complete)').expr!, 'people', new Set());
      expect([count.value(0), register.state]).toEqual([2, UNKNOWN]);
      expect(env.compileTest(parseExpression('any(scales where complete)').expr!, 'people', new Set(), 'x')(0)).toBe(T);
      expect(env.compileTest(parseExpression('all(scales where complete or not complete)').expr!, 'people', new Set(), 'x')(0)).toBe(U);
      // same date, so source order: the last with raw >= 18 is row 8 (35), the first row 0 (21 → 19.25)
      const last = env.compile(parseExpression('last(metric of scales where raw >= 18)').expr!, 'people', new Set());
      expect([last.value(0), register.state]).toEqual([35, PRESENT]);
      const first = env.compile(parseExpression('first(metric of scales where raw >= 18)').expr!, 'people', new Set());
      expect([first.value(0), register.state]).toEqual([19.25, PRESENT]);
    }
  });
});

describe('whole-column and row-at-a-time evaluation agree', () => {
  const TESTS = [
    'complete',
    'must_complete',
    'not complete',
    'complete or seen',
    'complete and not seen',
    'seen',
    'item_1 >= 3',
    'item_1 = 2',
    'item_1 != 2',
    'item_1 < item_2',
    'must_1 >= item_2',
    'taken is present',
    'taken is absent',
    'must_3 is present',
    'taken >= 2022-06-01',
    'answer in [very_good, good]',
    'answer not in [poor]',
    'item_4 in [1, 5]',
    'item_4 not in [1, 5]',
    'fft_positive(answer)',
    'valid()',
    'instrument = SWEMWBS and item_1 > 2 or not (must_1 <= 3)',
    'swemwbs_complete(item_1, must_2, item_3, must_4, item_5, must_6, item_7)',
    // through the link to the person: a blank link is absent, one naming nobody unknown
    'taken >= person.start',
    'person.start is present',
    'person.flag',
    'not person.flag',
    'person.level > item_1',
    'person.keen or seen',
  ];
  const VALUES = [
    'raw',
    'metric',
    'complete',
    'swemwbs_raw(item_7, item_6, item_5, item_4, item_3, item_2, item_1)',
    'swemwbs_metric(must_1, must_2, must_3, must_4, must_5, must_6, must_7)',
  ];

  const item = fc.constantFrom('', '!x', '1', '2', '3', '4', '5', '0', '6', '2.5');
  const row = fc.record({
    items: fc.array(item, { minLength: 7, maxLength: 7 }),
    musts: fc.array(item, { minLength: 7, maxLength: 7 }),
    instrument: fc.constantFrom('SWEMWBS', 'OTHER', '', '!x'),
    taken: fc.constantFrom('', '!x', '2022-05-31', '2022-06-01', '2022-06-02'),
    answer: fc.constantFrom('', '!x', 'very_good', 'good', 'neither', 'poor', 'dont_know'),
    seen: fc.constantFrom('', '!x', 'true', 'false'),
    person: fc.constantFrom('P0', 'P1', 'P2', 'P9', '', '!x'),
  });
  const people: Rows['people'] = [
    { id: 'P0', start: '2022-06-01', flag: 'true', level: '3' },
    { id: 'P1', start: '', flag: '', level: '' },
    { id: 'P2', start: '!x', flag: '!x', level: '!x' },
  ];

  it('every row of every construct the whole-column path covers', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (generated) => {
        const rows: Rows = {
          people,
          scales: generated.map((r) => {
            const cells: Record<string, string> = { person_id: r.person, instrument: r.instrument, taken: r.taken, answer: r.answer, seen: r.seen };
            r.items.forEach((c, i) => (cells[ITEMS[i]] = c));
            r.musts.forEach((c, i) => (cells[MUSTS[i]] = c));
            return cells;
          }),
        };
        const { columnar, rowwise } = bothWays(rows);
        for (const text of TESTS) {
          expect(columnar.compile(parseExpression(text).expr!, 'scales', new Set()).columnarTest, text).toBeDefined();
          expect(everyRow(columnar, text, 'test'), text).toEqual(everyRow(rowwise, text, 'test'));
        }
        for (const text of VALUES) {
          expect(columnar.compile(parseExpression(text).expr!, 'scales', new Set()).columnar, text).toBeDefined();
          expect(everyRow(columnar, text, 'value'), text).toEqual(everyRow(rowwise, text, 'value'));
        }
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The same agreement for what a target reads beyond its own row: days and working days (over the
 * 2022 Jubilee bank holidays, 2–3 June), arithmetic, list sizes, and aggregates over the linked
 * scales, whose `where` reads the person (the enclosing record) and whose children may be excluded,
 * unlinked, or dated unreadably.
 */
describe('whole-column and row-at-a-time evaluation agree on functions and aggregates', () => {
  const PEOPLE_TESTS = [
    'count(scales) >= 1',
    'any(scales)',
    'all(scales where seen)',
    'any(scales where seen)',
    'any(scales where seen and taken >= start)',
    'all(scales where item_1 > level)',
    'any(scales where working_days(start, taken) <= 1)',
    'count(scales where days(start, taken) < 2) >= 2',
    'any(scales where complete) and flag',
    'all(scales where flag or seen)',
    'first(seen of scales)',
    'last(seen of scales where item_2 >= 3)',
    'any(scales where person.flag)',
    'last(metric of scales where complete) >= first(metric of scales where complete)',
    'working_days(start, min(taken of scales)) <= 2',
    'start + 3 >= min(taken of scales)',
    'size(tags) >= 2',
    '2 <= count(scales where seen)',
    // the same sub-expression twice, in two aggregates and on both sides of or: worked out once, read twice
    'any(scales where seen and working_days(start, taken) <= 1) or count(scales where working_days(start, taken) <= 1) >= 2',
    '(size(tags) >= 1 or flag) and not (size(tags) >= 1 or flag)',
    // the same text on the person and on each of its scales: two different things, never shared
    'size(tags) >= 1 and not any(scales where size(tags) >= 1)',
    '2022-06-02 > min(taken of scales)',
    '3 = level',
  ];
  const PEOPLE_VALUES = [
    'count(scales where complete)',
    'count(scales where taken >= start)',
    'min(taken of scales)',
    'max(item_1 of scales where seen)',
    'sum(item_2 of scales where taken >= start)',
    'sum(item_1 of scales)',
    'first(metric of scales where complete)',
    'last(metric of scales where complete)',
    'first(answer of scales)',
    'last(tags of scales)',
    'last(taken of scales where working_days(start, taken) >= 0)',
    'working_days(start, min(taken of scales))',
    // a date worked out by arithmetic is held as a Float64Array: working days asked of the calendar row by row
    'working_days(start + 1, min(taken of scales))',
    'days(start, max(taken of scales))',
    'start + 3',
    'level - 1',
    'level + level',
    'size(tags)',
  ];
  const SCALE_TESTS = [
    'working_days(person.start, taken) <= 1',
    'days(person.start, taken) > 0',
    'taken + 2 > person.start',
    'item_1 + item_2 >= 6',
    'tags is present',
    'tags is absent',
    'size(tags) >= 2',
  ];
  const SCALE_VALUES = ['working_days(taken, person.start)', 'working_days(person.start, taken + 1)', 'days(person.start, taken)', 'taken + 2', 'taken - 1', 'item_1 + item_2', 'item_1 - must_1', 'size(tags)'];

  // around the Jubilee: Wed 1 June, Thu 2 and Fri 3 bank holidays, the weekend, Mon 6
  const date = fc.constantFrom('', '!x', '2022-05-31', '2022-06-01', '2022-06-02', '2022-06-04', '2022-06-06', '2022-06-08');
  const item = fc.constantFrom('', '!x', '1', '2', '3', '4', '5', '2.5');
  const tags = fc.constantFrom('', '!x', 'a', 'a;b', 'b;c', 'a;b;c');
  const truth = fc.constantFrom('', '!x', 'true', 'false');
  const person = fc.record({ start: date, flag: truth, level: fc.constantFrom('', '!x', '1', '3'), tags });
  const scale = fc.record({
    person: fc.constantFrom('P0', 'P1', 'P2', 'P3', 'P9', '', '!x'),
    taken: date,
    items: fc.array(item, { minLength: 7, maxLength: 7 }),
    answer: fc.constantFrom('', '!x', 'very_good', 'poor'),
    seen: truth,
    tags,
    excluded: fc.boolean(),
  });

  function everyRowOf(env: CompileEnv, dataset: string, text: string, as: 'value' | 'test'): (number | string)[][] {
    const expr = parseExpression(text).expr!;
    const n = env.table(dataset).length;
    if (as === 'test') {
      const test = env.compileTest(expr, dataset, new Set(), text);
      return Array.from({ length: n }, (_, row) => [test(row)]);
    }
    return valuesOf(env.compile(expr, dataset, new Set()), n);
  }

  it('every row of every function and aggregate the whole-column path covers', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 4, maxLength: 4 }), fc.array(scale, { minLength: 0, maxLength: 25 }), (persons, generated) => {
        const rows: Rows = {
          people: persons.map((p, i) => ({ id: `P${i}`, start: p.start, flag: p.flag, level: p.level, tags: p.tags })),
          scales: generated.map((r) => {
            const cells: Record<string, string> = { person_id: r.person, instrument: 'SWEMWBS', taken: r.taken, answer: r.answer, seen: r.seen, tags: r.tags };
            r.items.forEach((c, i) => (cells[ITEMS[i]] = c));
            r.items.forEach((c, i) => (cells[MUSTS[i]] = c));
            return cells;
          }),
        };
        const data = asLoaderHolds(buildData(scales, rows));
        // rows a failed data check left out: no aggregate may see them
        generated.forEach((r, i) => (data.tables.get('scales')!.excluded[i] = r.excluded ? 1 : 0));
        const columnar = new CompileEnv({ spec: scales, data, calendar });
        const rowwise = new CompileEnv({ spec: scales, data, calendar, rowAtATime: true });
        const cases: [string, string[], 'test' | 'value'][] = [
          ['people', PEOPLE_TESTS, 'test'],
          ['people', PEOPLE_VALUES, 'value'],
          ['scales', SCALE_TESTS, 'test'],
          ['scales', SCALE_VALUES, 'value'],
        ];
        for (const [dataset, texts, as] of cases) {
          for (const text of texts) {
            const node = columnar.compile(parseExpression(text).expr!, dataset, new Set());
            expect(as === 'test' ? node.columnarTest : node.columnar, `${text} has a whole-column form`).toBeDefined();
            expect(rowwise.compile(parseExpression(text).expr!, dataset, new Set()).columnar, text).toBeUndefined();
            expect(everyRowOf(columnar, dataset, text, as), text).toEqual(everyRowOf(rowwise, dataset, text, as));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('working days worked by hand, both ways, across the Jubilee bank holidays', () => {
    const rows: Rows = {
      people: [{ id: 'P0', start: '2022-06-01' }],
      scales: ['2022-06-01', '2022-06-03', '2022-06-06', '2022-06-08', '2022-05-31', ''].map((taken) => ({ person_id: 'P0', instrument: 'SWEMWBS', taken })),
    };
    const { columnar, rowwise } = bothWays(rows);
    // (1 June, d]: 2 and 3 June are bank holidays, 4–5 the weekend; Mon 6 is the first working day
    const expected = [[0, PRESENT], [0, PRESENT], [1, PRESENT], [3, PRESENT], [-1, PRESENT], [0, ABSENT]];
    expect(everyRow(columnar, 'working_days(person.start, taken)', 'value')).toEqual(expected);
    expect(everyRow(rowwise, 'working_days(person.start, taken)', 'value')).toEqual(expected);
  });
});
