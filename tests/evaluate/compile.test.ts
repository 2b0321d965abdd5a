/**
 * The semantics of docs/ARCHITECTURE.md, one construct at a time: absent vs unknown, Kleene
 * logic, `in` and `is present`, arithmetic, and aggregates over linked records.
 */
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/dsl/index.js';
import { ABSENT, CompileEnv, FALSE, PRESENT, register, TRUE, UNKNOWN } from '../../src/evaluate/compile.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { buildData, calendar, type Rows } from './build.js';

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
