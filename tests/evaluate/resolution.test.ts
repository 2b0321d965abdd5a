/**
 * The evaluator compiles from the rule language's resolution: what the checker refuses is refused
 * with the checker's own code, every function of the language's table can be computed, and the
 * cases the resolution brings (an aggregate linked to an enclosing record, a field inside a list,
 * choices with different value lists, typed parameters) give the values worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { UnusableInputError } from '../../src/diagnostics.js';
import { FUNCTIONS, parseExpression, parseRule } from '../../src/dsl/index.js';
import { CompileEnv, CompileError, FALSE, FUNCTION_IMPLEMENTATIONS, register, TRUE, UNKNOWN } from '../../src/evaluate/compile.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';
import { buildData, calendar, type Rows } from './build.js';

const spec: ServiceSpec = {
  id: 'resolution',
  title: 'Resolution',
  version: '0.0.1',
  contract: { start: '2022-04-01', end: '2023-03-31' },
  parameters: {
    preferred: { type: 'enum', values: ['blue', 'red'], description: 'A colour the provider chooses.' },
    minimum: { type: 'number', description: 'A least score.', default: 3 },
  },
  datasets: {
    people: {
      key: 'id',
      fields: {
        id: { type: 'id', required: true },
        colour: { type: 'enum', values: ['red', 'green', 'blue'] },
        start: { type: 'date' },
        finish: { type: 'date' },
        score: { type: 'number' },
      },
    },
    visits: {
      order_by: 'visit_date',
      fields: {
        person_id: { type: 'id', required: true },
        visit_date: { type: 'date' },
        ok: { type: 'boolean' },
        // the same words as people.colour, in another order and with one more
        shade: { type: 'enum', values: ['blue', 'red', 'grey'] },
      },
      links: { person: { field: 'person_id', to: 'people' } },
    },
    calls: {
      fields: {
        person_id: { type: 'id', required: true },
        call_date: { type: 'date' },
      },
      links: { person: { field: 'person_id', to: 'people' } },
    },
  },
};

const rows: Rows = {
  people: [
    { id: 'P0', colour: 'green', start: '2022-05-02', finish: '2022-05-20', score: '4' },
    { id: 'P1', colour: 'blue', start: '2022-06-01', finish: '2022-06-01', score: '2' },
    { id: 'P2', colour: 'red', start: '2022-06-01', finish: '!x', score: '!y' },
  ],
  visits: [
    // P0: visits on 1 June (not ok) and 10 June (ok); by date, the first is not ok, the last is
    { person_id: 'P0', visit_date: '2022-06-10', ok: 'true', shade: 'red' },
    { person_id: 'P0', visit_date: '2022-06-01', ok: 'false', shade: 'grey' },
    // P1: one visit, its ok cannot be read
    { person_id: 'P1', visit_date: '2022-06-05', ok: '!perhaps', shade: 'blue' },
  ],
  calls: [
    // P0 was called on the day of one visit (10 June), and on a day with no visit
    { person_id: 'P0', call_date: '2022-06-10' },
    { person_id: 'P0', call_date: '2022-07-01' },
    { person_id: 'P1', call_date: '2022-06-05' },
  ],
};

const data = buildData(spec, rows);
const env = new CompileEnv({ spec, data, calendar, parameters: { preferred: 'blue' } });

function truth(text: string, dataset = 'people', on = env): number[] {
  const test = on.compileTest(parseExpression(text).expr!, dataset, new Set(), text);
  return Array.from({ length: data.tables.get(dataset)!.length }, (_, row) => test(row));
}

function values(text: string, dataset = 'people'): (number | string | 'absent' | 'unknown')[] {
  const node = env.compile(parseExpression(text).expr!, dataset, new Set());
  return Array.from({ length: data.tables.get(dataset)!.length }, (_, row) => {
    const v = node.value(row);
    return register.state === 0 ? v : register.state === 1 ? 'absent' : 'unknown';
  });
}

function compileError(run: () => unknown): CompileError {
  try {
    run();
  } catch (error) {
    if (error instanceof CompileError) return error;
    throw error;
  }
  throw new Error('expected a CompileError');
}

const T = TRUE;
const F = FALSE;
const U = UNKNOWN;

describe('one function table', () => {
  it('every function of the rule language can be computed, and nothing else is', () => {
    expect(Object.keys(FUNCTION_IMPLEMENTATIONS).sort()).toEqual([...FUNCTIONS.keys()].sort());
  });
});

describe('what the checker refuses is refused with its code', () => {
  it('an unknown field, with the checker’s suggestion', () => {
    const error = compileError(() => env.compileTest(parseExpression('colur = red').expr!, 'people', new Set(), 'x'));
    expect(error.diagnostic.code).toBe('type-unknown-field');
    expect(error.diagnostic.message).toContain("Did you mean 'colour'?");
  });

  it('a function given the wrong kind of value', () => {
    const error = compileError(() => env.compile(parseExpression('size(score)').expr!, 'people', new Set()));
    expect(error.diagnostic.code).toBe('type-function-argument');
  });

  it('a target dated by a field that is not a date stops evaluation, naming the target', () => {
    const broken: ServiceSpec = { ...spec, targets: [{ id: 'T1', title: 'T1', rule: 'count of people dated by score' }] };
    let thrown: unknown;
    try {
      evaluate(broken, data, { calendar, parameters: { preferred: 'blue' } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnusableInputError);
    const [problem] = (thrown as UnusableInputError).diagnostics;
    expect(problem.code).toBe('type-dated-by-not-date');
    expect(problem.message).toMatch(/^Target "T1": /);
  });
});

describe('cases the resolution brings', () => {
  it('an aggregate inside an aggregate may link to the outer record', () => {
    // calls link to people, not visits: for each visit, the person's calls on that visit's day.
    // P0: the 10 June visit has a call that day, the 1 June visit none → 1; P1: its one visit has one → 1; P2: no visits → 0
    expect(values('count(visits where any(calls where call_date = visit_date))')).toEqual([1, 1, 0]);
  });

  it('first and last of a yes/no field are conditions', () => {
    // P0 by date: 1 June not ok, 10 June ok; P1: unreadable; P2: no visits (absent, so false)
    expect(truth('first(ok of visits)')).toEqual([F, U, F]);
    expect(truth('last(ok of visits)')).toEqual([T, U, F]);
  });

  it('two choices with different value lists compare by the values’ names', () => {
    // visit shades red, grey, blue against their people's colours green, green, blue
    expect(truth('shade = person.colour', 'visits')).toEqual([F, F, T]);
  });

  it('a field in a list is read per row; a value not in the list is unknown when a listed field cannot be read', () => {
    // P0: start 2 May, finish 20 May → no; P1: start = finish → yes; P2: finish unreadable → unknown
    expect(truth('start in [finish, 2022-05-02]')).toEqual([T, T, U]);
    expect(truth('start in [finish]')).toEqual([F, T, U]);
    expect(truth('start not in [finish]')).toEqual([T, F, U]);
  });

  it('a choice parameter is one of its values; a number parameter takes its default', () => {
    // $preferred is blue: P1 only
    expect(truth('colour = $preferred')).toEqual([F, T, F]);
    expect(truth('colour in [$preferred, red]')).toEqual([F, T, T]);
    expect(truth('score >= $minimum')).toEqual([T, F, U]);
  });

  it('a parameter of the wrong kind, or with no value, is a configuration problem', () => {
    const wrongKind = new CompileEnv({ spec, data, calendar, parameters: { preferred: 'blue', minimum: 'three' } });
    expect(compileError(() => truth('score >= $minimum', 'people', wrongKind)).diagnostic.code).toBe('config-parameter-type');
    const notAChoice = new CompileEnv({ spec, data, calendar, parameters: { preferred: 'purple' } });
    expect(compileError(() => truth('colour = $preferred', 'people', notAChoice)).diagnostic.message).toContain('one of blue, red');
    const unset = new CompileEnv({ spec, data, calendar });
    expect(compileError(() => truth('colour = $preferred', 'people', unset)).diagnostic.code).toBe('config-parameter-missing');
  });

  it('a whole rule: where, meet, dated by and for each, from one resolution', () => {
    const reads = new Set<string>();
    const { rule } = parseRule('at least 50% of people where score is present meet any(visits where ok) dated by start for each colour');
    const compiled = env.compileRule(rule!, reads);
    expect(compiled.dataset).toBe('people');
    expect([0, 1, 2].map((r) => compiled.where!(r))).toEqual([T, T, U]);
    expect([0, 1, 2].map((r) => compiled.condition!(r))).toEqual([T, U, F]);
    expect(compiled.group!.enumValues).toEqual(['red', 'green', 'blue']);
    expect([0, 1, 2].map((r) => compiled.group!.value(r))).toEqual([1, 2, 0]);
    expect([...reads].sort()).toEqual(['people.colour', 'people.score', 'people.start', 'visits.ok', 'visits.person_id']);
  });
});
